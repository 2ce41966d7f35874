import { Initial1795305559223 } from './1795305559223-initial';

/** Applied in this order; generated with `npm run migration:generate -- <Name>`. */
export const MIGRATIONS = [Initial1795305559223];
