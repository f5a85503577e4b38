/** The use-case implementations: they load, ask the model, save. Domain and ports.out only. */
package net.adtelligent.application;
