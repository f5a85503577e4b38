/** Password hashing, password screening and access tokens behind their ports. */
package net.adtelligent.adapters.auth;
