/**
 * Exchange rates and the one policy for using them: spend in many currencies is summed only
 * after conversion into one, with the rate of its day, and what cannot be converted says why.
 */
package net.adtelligent.domain.fx;
