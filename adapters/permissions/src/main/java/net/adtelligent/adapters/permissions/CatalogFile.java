package net.adtelligent.adapters.permissions;

import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.permission.PlatformPermission;
import net.adtelligent.domain.permission.PermissionPlatform;
import net.adtelligent.domain.permission.PermissionStatus;
import net.adtelligent.domain.permission.PlatformCatalog;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * One catalog file read from its YAML node tree, which keeps each value's line: a wrong value is
 * reported where it stands. Nodes are composed, never constructed into objects.
 */
final class CatalogFile {

    private static final Set<String> TOP = Set.of("platform", "app", "review", "permissions");
    private static final List<String> ENTRY = List.of("scope", "product", "status", "feature", "why", "use_case",
            "screencast");

    private final String file;

    private CatalogFile(String file) {
        this.file = file;
    }

    /** The file's permissions; {@code file} is its name, which must be the platform's key and .yaml. */
    static PlatformCatalog read(String file, Reader text) {
        return new CatalogFile(file).read(text);
    }

    private PlatformCatalog read(Reader text) {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            root = new Yaml(options).compose(text);
        } catch (MarkedYAMLException e) {
            throw new PermissionCatalogException(file, e.getProblemMark().getLine() + 1, "not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new PermissionCatalogException(file, 0, "not valid YAML: " + e.getMessage());
        }
        if (root == null) {
            throw new PermissionCatalogException(file, 0, "is empty; expected " + String.join(", ", sorted(TOP)));
        }
        Map<String, Node> fields = mapping(root, "the file", TOP, TOP);
        String key = text(fields.get("platform"), "platform");
        PermissionPlatform platform = PermissionPlatform.byKey(key)
                .orElseThrow(() -> problem(fields.get("platform"), "platform: '" + key + "' is not one of "
                        + String.join(", ", java.util.Arrays.stream(PermissionPlatform.values()).map(PermissionPlatform::key)
                        .toList())));
        if (!file.equals(platform.fileName())) {
            throw problem(fields.get("platform"), "platform: '" + key + "' belongs in " + platform.fileName());
        }
        Node list = fields.get("permissions");
        if (!(list instanceof SequenceNode sequence)) {
            throw problem(list, "permissions: must be a list of permissions");
        }
        List<PlatformPermission> permissions = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < sequence.getValue().size(); i++) {
            Node item = sequence.getValue().get(i);
            PlatformPermission permission = permission(platform, item, "permissions[" + i + "]");
            Integer first = seen.putIfAbsent(permission.scope() + " " + permission.product(), i);
            if (first != null) {
                throw problem(item, "permissions[" + i + "]: " + permission.scope() + " is listed already, as permissions["
                        + first + "]");
            }
            permissions.add(permission);
        }
        return new PlatformCatalog(platform, text(fields.get("app"), "app"), text(fields.get("review"), "review"),
                permissions);
    }

    private PlatformPermission permission(PermissionPlatform platform, Node node, String where) {
        Map<String, Node> fields = mapping(node, where, Set.copyOf(ENTRY), Set.copyOf(ENTRY));
        String productText = text(fields.get("product"), where + ".product");
        Platform product = platform.products().stream().filter(known -> known.name().equals(productText)).findFirst()
                .orElseThrow(() -> problem(fields.get("product"), where + ".product: '" + productText + "' is not one of "
                        + String.join(", ", platform.products().stream().map(Platform::name).toList())));
        String statusText = text(fields.get("status"), where + ".status");
        PermissionStatus status = PermissionStatus.parse(statusText)
                .orElseThrow(() -> problem(fields.get("status"), where + ".status: '" + statusText + "' is not one of "
                        + PermissionStatus.wireNames()));
        return new PlatformPermission(text(fields.get("scope"), where + ".scope"), product, status,
                text(fields.get("feature"), where + ".feature"), text(fields.get("why"), where + ".why"),
                text(fields.get("use_case"), where + ".use_case"), text(fields.get("screencast"), where + ".screencast"));
    }

    /** The mapping's values by key: every required key present, no key outside the known ones. */
    private Map<String, Node> mapping(Node node, String where, Set<String> required, Set<String> known) {
        if (!(node instanceof MappingNode mapping)) {
            throw problem(node, where + ": must be a mapping of " + String.join(", ", sorted(known)));
        }
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "?";
            String field = where.equals("the file") ? key : where + "." + key;
            if (!known.contains(key)) {
                throw problem(tuple.getKeyNode(), field + ": unknown field; expected " + String.join(", ", sorted(known)));
            }
            fields.put(key, tuple.getValueNode());
        }
        for (String key : sorted(required)) {
            if (!fields.containsKey(key)) {
                throw problem(node, (where.equals("the file") ? key : where + "." + key) + ": missing");
            }
        }
        return fields;
    }

    private String text(Node node, String field) {
        if (!(node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
            throw problem(node, field + ": must be a non-empty text");
        }
        return scalar.getValue().strip();
    }

    private PermissionCatalogException problem(Node node, String problem) {
        return new PermissionCatalogException(file, node == null ? 0 : node.getStartMark().getLine() + 1, problem);
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }
}
