package net.adtelligent.archfixture;

/** Deliberately bad: a top-level package that belongs to no layer. */
public final class UnplacedHelper {
}
