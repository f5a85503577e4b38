/**
 * The embedded defaults of the outbound ports, for running without a database or other servers
 * and as fast fakes in tests: the stores in memory, and uploads in memory or in a local directory
 * ({@link net.adtelligent.memory.DirectoryUploadStorage}). Each passes the contract test of its
 * port, as the production adapters do.
 */
package net.adtelligent.memory;
