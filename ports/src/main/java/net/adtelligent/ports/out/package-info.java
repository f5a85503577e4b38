/** What the core needs from the world, named for its purpose, never for a technology. */
package net.adtelligent.ports.out;
