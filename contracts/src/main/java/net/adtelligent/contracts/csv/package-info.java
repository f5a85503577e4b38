/**
 * Users' own files on their way into the core: CSV exports of ad platforms and spreadsheets
 * ({@link net.adtelligent.contracts.csv.CommonsCsvFiles}, through the generic CSV data contract),
 * exchange-rate files ({@link net.adtelligent.contracts.csv.FxRateFile}), and the conversion
 * settings the contracts define ({@link net.adtelligent.contracts.csv.ContractConversionCatalog}).
 */
package net.adtelligent.contracts.csv;
