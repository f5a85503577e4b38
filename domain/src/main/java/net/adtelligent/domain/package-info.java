/** The model: values, aggregates and their rules. Only java.* and io.vavr.* are imported here. */
package net.adtelligent.domain;
