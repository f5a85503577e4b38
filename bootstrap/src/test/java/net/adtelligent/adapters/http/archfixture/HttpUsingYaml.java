package net.adtelligent.adapters.http.archfixture;

import org.yaml.snakeyaml.Yaml;

/** Deliberately bad: SnakeYAML outside the permissions adapter. */
public final class HttpUsingYaml {

    Yaml parser;
}
