package io.corroborate.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * Renders each overlay with {@code kubectl kustomize} (offline) and checks what operators rely on: every object valid
 * against the Kubernetes schema with no unknown field ({@link KubernetesSchema}), probes, limits and
 * a locked-down securityContext on every container, pinned images, Services and NetworkPolicies that select real
 * pods, references to ConfigMaps and Secrets that exist (or are documented external Secrets), and ports that agree
 * with the services' HTTP port.
 */
class ManifestsTest {

    /** Created by operators with kubectl create secret (README, Kubernetes); never committed. */
    private static final Set<String> EXTERNAL_SECRETS = Set.of("claims-service-db", "sources-service-db",
            "sources-service-oidc-client", "postgres-admin", "keycloak-admin");
    private static final Set<String> SUITE = Set.of("gateway", "claims-service", "sources-service");

    @ParameterizedTest(name = "overlay {0}")
    @ValueSource(strings = {"dev", "prod"})
    void everyObjectMatchesTheKubernetesSchema(String overlay) throws Exception {
        KubernetesSchema schema = new KubernetesSchema();
        List<String> violations = render(overlay).stream().flatMap(object -> schema.violations(object).stream()).toList();
        assertEquals(List.of(), violations, overlay);
    }

    @Test
    void everyKustomizationIsOneKustomizeUnderstands() throws Exception {
        KubernetesSchema schema = new KubernetesSchema();
        for (String directory : List.of("base", "overlays/dev", "overlays/prod", "../keycloak")) {
            String kustomization = Files.readString(Path.of(directory, "kustomization.yaml"));
            assertEquals(List.of(), schema.kustomizationViolations(kustomization), directory);
        }
    }

    @ParameterizedTest(name = "overlay {0}")
    @ValueSource(strings = {"dev", "prod"})
    void everyContainerHasProbesLimitsAndALockedDownSecurityContext(String overlay) throws Exception {
        for (Map<String, Object> workload : workloads(render(overlay))) {
            Map<String, Object> pod = path(workload, "spec", "template", "spec");
            Map<String, Object> podSecurity = path(pod, "securityContext");
            assertEquals(true, podSecurity.get("runAsNonRoot"), name(workload));
            assertEquals("RuntimeDefault", path(podSecurity, "seccompProfile").get("type"), name(workload));
            for (Map<String, Object> container : list(pod, "containers")) {
                String where = overlay + "/" + name(workload) + "/" + container.get("name");
                for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                    assertTrue(container.containsKey(probe), where + " has a " + probe);
                }
                Map<String, Object> limits = path(container, "resources", "limits");
                assertTrue(limits.containsKey("cpu") && limits.containsKey("memory"), where + " has limits");
                Map<String, Object> security = path(container, "securityContext");
                assertEquals(false, security.get("allowPrivilegeEscalation"), where);
                assertEquals(List.of("ALL"), path(security, "capabilities").get("drop"), where);
                // Keycloak in start-dev rebuilds itself in its home, so only the dev overlay's Keycloak may write there.
                if (!(overlay.equals("dev") && container.get("name").equals("keycloak"))) {
                    assertEquals(true, security.get("readOnlyRootFilesystem"), where);
                }
                if (SUITE.contains(container.get("name"))) {
                    String javaOptions = list(container, "env").stream().filter(env -> "JAVA_OPTS".equals(env.get("name")))
                            .map(env -> String.valueOf(env.get("value"))).findFirst().orElse("");
                    assertTrue(javaOptions.contains("-Xmx") && javaOptions.contains("-XX:MaxMetaspaceSize"),
                            where + " bounds its JVM's memory explicitly: " + javaOptions);
                }
                String image = (String) container.get("image");
                assertTrue(image.contains(":") && !image.endsWith(":latest"), where + " pins its image: " + image);
            }
        }
    }

    @ParameterizedTest(name = "overlay {0}")
    @ValueSource(strings = {"dev", "prod"})
    void servicesAndNetworkPoliciesSelectPodsThatExist(String overlay) throws Exception {
        List<Map<String, Object>> objects = render(overlay);
        List<Map<String, Object>> podLabels = workloads(objects).stream()
                .map(workload -> path(workload, "spec", "template", "metadata", "labels")).toList();
        for (Map<String, Object> service : ofKind(objects, "Service")) {
            Map<String, Object> selector = path(service, "spec", "selector");
            assertTrue(podLabels.stream().anyMatch(labels -> labels.entrySet().containsAll(selector.entrySet())),
                    "Service " + name(service) + " selects pods");
        }
        for (Map<String, Object> policy : ofKind(objects, "NetworkPolicy")) {
            Map<String, Object> selector = path(policy, "spec", "podSelector");
            assertTrue(podLabels.stream().anyMatch(labels -> matches(selector, labels)),
                    "NetworkPolicy " + name(policy) + " selects pods");
        }
    }

    @ParameterizedTest(name = "overlay {0}")
    @ValueSource(strings = {"dev", "prod"})
    void everyReferencedConfigMapKeyExistsAndEverySecretIsKnown(String overlay) throws Exception {
        List<Map<String, Object>> objects = render(overlay);
        List<Map<String, Object>> configMaps = ofKind(objects, "ConfigMap");
        for (Map<String, Object> workload : workloads(objects)) {
            Map<String, Object> pod = path(workload, "spec", "template", "spec");
            for (Map<String, Object> container : list(pod, "containers")) {
                for (Map<String, Object> env : list(container, "env")) {
                    Map<String, Object> from = path(env, "valueFrom");
                    if (from.containsKey("configMapKeyRef")) {
                        Map<String, Object> ref = path(from, "configMapKeyRef");
                        assertTrue(configMaps.stream().anyMatch(map -> name(map).equals(ref.get("name"))
                                && path(map, "data").containsKey(ref.get("key"))), overlay + ": ConfigMap key " + ref);
                    }
                    if (from.containsKey("secretKeyRef")) {
                        assertTrue(EXTERNAL_SECRETS.contains(path(from, "secretKeyRef").get("name")), overlay + ": Secret " + from);
                    }
                }
                for (Map<String, Object> source : list(container, "envFrom")) {
                    String configMap = (String) path(source, "configMapRef").get("name");
                    assertTrue(configMaps.stream().anyMatch(map -> name(map).equals(configMap)), overlay + ": ConfigMap " + configMap);
                }
            }
            for (Map<String, Object> volume : list(pod, "volumes")) {
                if (volume.containsKey("configMap")) {
                    String configMap = (String) path(volume, "configMap").get("name");
                    assertTrue(configMaps.stream().anyMatch(map -> name(map).equals(configMap)), overlay + ": ConfigMap " + configMap);
                }
            }
        }
    }

    @ParameterizedTest(name = "overlay {0}")
    @ValueSource(strings = {"dev", "prod"})
    void containerPortsAgreeWithTheServicesHttpPort(String overlay) throws Exception {
        List<Map<String, Object>> suite = workloads(render(overlay)).stream().filter(w -> SUITE.contains(name(w))).toList();
        assertEquals(3, suite.size());
        for (Map<String, Object> workload : suite) {
            Map<String, Object> container = list(path(workload, "spec", "template", "spec"), "containers").get(0);
            Object httpPort = list(container, "env").stream().filter(env -> "QUARKUS_HTTP_PORT".equals(env.get("name")))
                    .map(env -> env.get("value")).findFirst().orElseThrow();
            assertEquals(httpPort.toString(), list(container, "ports").get(0).get("containerPort").toString(), name(workload));
        }
        assertFalse(ofKind(render(overlay), "Ingress").isEmpty(), "the gateway has an Ingress");
    }

    @ParameterizedTest(name = "overlay {0}")
    @ValueSource(strings = {"dev", "prod"})
    void healthAndMetricsAreServedOnTheManagementPortAndNeverExposedWithTheApi(String overlay) throws Exception {
        List<Map<String, Object>> objects = render(overlay);
        for (Map<String, Object> workload : workloads(objects).stream().filter(w -> SUITE.contains(name(w))).toList()) {
            Map<String, Object> container = list(path(workload, "spec", "template", "spec"), "containers").get(0);
            String where = overlay + "/" + name(workload);
            Object managementPort = list(container, "env").stream()
                    .filter(env -> "QUARKUS_MANAGEMENT_PORT".equals(env.get("name"))).map(env -> env.get("value"))
                    .findFirst().orElseThrow(() -> new AssertionError(where + " sets QUARKUS_MANAGEMENT_PORT"));
            assertTrue(list(container, "ports").stream().anyMatch(port -> "management".equals(port.get("name"))
                    && managementPort.toString().equals(port.get("containerPort").toString())), where + " names its management port");
            for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                assertEquals("management", path(container, probe, "httpGet").get("port"), where + " " + probe);
            }
            assertEquals(managementPort.toString(),
                    path(workload, "spec", "template", "metadata", "annotations").get("prometheus.io/port"), where + " scrape port");
        }
        for (Map<String, Object> service : ofKind(objects, "Service")) {
            if (SUITE.contains(name(service))) {
                assertEquals(List.of("http"), list(path(service, "spec"), "ports").stream().map(port -> port.get("targetPort")).toList(),
                        "Service " + name(service) + " exposes the API only");
            }
        }
        for (Map<String, Object> policy : ofKind(objects, "NetworkPolicy")) {
            for (Map<String, Object> rule : list(path(policy, "spec"), "ingress")) {
                List<Object> ports = list(rule, "ports").stream().map(port -> port.get("port")).toList();
                boolean fromMonitoring = list(rule, "from").stream().anyMatch(peer -> "monitoring".equals(
                        path(peer, "namespaceSelector", "matchLabels").get("kubernetes.io/metadata.name")));
                if (fromMonitoring) {
                    assertEquals(List.of(9000), ports, "Prometheus reaches the management port only");
                } else {
                    assertFalse(ports.contains(9000), "NetworkPolicy " + name(policy) + " admits only Prometheus to the management port");
                }
            }
        }
    }

    // --- Rendering and reading ---

    private static List<Map<String, Object>> render(String overlay) throws IOException, InterruptedException {
        Path directory = Path.of("overlays", overlay).toAbsolutePath();
        // Kustomize's default load restrictor, as `kubectl apply -k` uses it.
        Process kubectl = new ProcessBuilder("kubectl", "kustomize", directory.toString()).redirectErrorStream(true).start();
        String rendered = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(kubectl.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, kubectl.exitValue(), rendered);
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Object document : new Yaml().loadAll(rendered)) {
            if (document != null) {
                objects.add(cast(document));
            }
        }
        return objects;
    }

    private static List<Map<String, Object>> workloads(List<Map<String, Object>> objects) {
        return objects.stream().filter(o -> Set.of("Deployment", "StatefulSet").contains(o.get("kind"))).toList();
    }

    private static List<Map<String, Object>> ofKind(List<Map<String, Object>> objects, String kind) {
        return objects.stream().filter(o -> kind.equals(o.get("kind"))).toList();
    }

    private static boolean matches(Map<String, Object> selector, Map<String, Object> labels) {
        Map<String, Object> matchLabels = path(selector, "matchLabels");
        if (!labels.entrySet().containsAll(matchLabels.entrySet())) {
            return false;
        }
        for (Map<String, Object> expression : list(selector, "matchExpressions")) {
            Object value = labels.get(expression.get("key"));
            boolean in = ((List<?>) expression.get("values")).contains(value);
            if (expression.get("operator").equals("In") != in) {
                return false;
            }
        }
        return true;
    }

    private static String name(Map<String, Object> object) {
        return (String) path(object, "metadata").get("name");
    }

    /** The nested map at this path; an empty map where anything on the way is absent. */
    private static Map<String, Object> path(Map<String, Object> root, String... keys) {
        Map<String, Object> current = root;
        for (String key : keys) {
            Object next = current.get(key);
            if (!(next instanceof Map<?, ?>)) {
                return Map.of();
            }
            current = cast(next);
        }
        return current;
    }

    private static List<Map<String, Object>> list(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        if (!(value instanceof List<?> items)) {
            return List.of();
        }
        return items.stream().filter(Objects::nonNull).map(ManifestsTest::cast).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object value) {
        return (Map<String, Object>) value;
    }
}
