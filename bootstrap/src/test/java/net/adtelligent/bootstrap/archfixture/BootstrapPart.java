package net.adtelligent.bootstrap.archfixture;

/** A harmless bootstrap class, for other fixtures to depend on wrongly. */
public final class BootstrapPart {
}
