/** `收支总表!B6` → its sheet and address (a sheet name may itself hold `!`): how indicator cells are named. */
export function splitCell(cell: string): { sheet: string; address: string } {
  const at = cell.lastIndexOf('!');
  return { sheet: cell.slice(0, at), address: cell.slice(at + 1) };
}
