/**
 * The embedded defaults of the outbound ports, for running without a database or other servers
 * and as fast fakes in tests: the stores and the uploads in memory. (Uploads in a local directory
 * are the contracts module's DirectoryUploadStorage, beside the CSV ingestion that reads them.) Each
 * passes the contract test of its port, as the production adapters do.
 */
package net.adtelligent.memory;
