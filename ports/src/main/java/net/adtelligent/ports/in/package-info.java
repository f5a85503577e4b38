/** Use cases the core offers, with their commands, queries and results. */
package net.adtelligent.ports.in;
