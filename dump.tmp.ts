import { readXlsxFile } from './src/cli/read-xlsx';
(async () => {
  const book = await readXlsxFile(`/work/shared/cases/shanghai-2026-unit-budget-template.xlsx`);
  for (const s of book.sheets.filter(s=>['单位收支总表','单位支出总表','单位财政拨款收支总表','单位一般公共预算拨款表','单位一般公共预算拨款基本支出明细表'].includes(s.name))) {
    console.log('==', s.name, s.top, s.left);
    s.values.forEach((row:any, i:number) => { if (row.some((v:any)=>v!==null && v!=='')) console.log(s.top+i, JSON.stringify(row)); });
  }
})();
