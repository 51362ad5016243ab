/**
 * Stand-in for @uwdata/flechette (Apache Arrow) in the browser bundle. Arquero
 * imports it for its Arrow import/export, which the explorer never uses; leaving
 * it out keeps the explorer's JavaScript under its 150 KB (gzip) budget.
 * Wired in astro.config.mjs for client builds only.
 */
const unsupported = (name: string) => () => {
  throw new Error(`${name}: Arrow support is not bundled in the site's explorer.`);
};
export const columnFromArray = unsupported('columnFromArray');
export const columnFromValues = unsupported('columnFromValues');
export const tableFromColumns = unsupported('tableFromColumns');
export const tableFromIPC = unsupported('tableFromIPC');
export const tableToIPC = unsupported('tableToIPC');
