/** The figure helpers moved to money/format.ts (table kinds and indicators use them too). */
export { money, moneyQuantity, outputUnit, percentOf, roundDivide } from '../../money/format';
