package io.corroborate.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The schema check itself: it accepts what Kubernetes accepts and names what Kubernetes would refuse. */
class KubernetesSchemaTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: probe
            spec:
              replicas: 2
              selector:
                matchLabels: {app: probe}
              template:
                metadata:
                  labels: {app: probe}
                spec:
                  containers:
                    - name: probe
                      image: example/probe:1.0
                      resources:
                        limits: {cpu: "1", memory: 128Mi}
                      readinessProbe:
                        httpGet: {path: /q/health/ready, port: http}
            """;

    private final KubernetesSchema schema = new KubernetesSchema();

    @Test
    void aConformingDeploymentHasNoViolations() {
        assertEquals(List.of(), schema.violations(yaml(DEPLOYMENT)));
    }

    @Test
    void aMisspeltFieldDeepInAPodTemplateIsNamedWithItsPath() {
        List<String> violations = schema.violations(yaml(DEPLOYMENT.replace("image: example", "imagee: example")));
        assertEquals(List.of("Deployment probe: unknown field or wrong type at .spec.template.spec.containers[0].imagee"),
                violations);
    }

    @Test
    void aFieldAtTheWrongLevelIsRefused() {
        List<String> violations = schema.violations(yaml(DEPLOYMENT.replace("  replicas: 2", "  replicas: 2\n  containers: []")));
        assertEquals(List.of("Deployment probe: unknown field or wrong type at .spec.containers"), violations);
    }

    @Test
    void aValueOfTheWrongTypeIsRefused() {
        assertEquals(1, schema.violations(yaml(DEPLOYMENT.replace("replicas: 2", "replicas: {count: 2}"))).size());
    }

    @Test
    void anApiVersionThatDoesNotServeTheKindIsRefused() {
        List<String> violations = schema.violations(yaml(DEPLOYMENT.replace("apps/v1", "apps/v2")));
        assertTrue(violations.size() == 1 && violations.get(0).contains("is not a Kubernetes kind"), violations.toString());
    }

    @Test
    void aKustomizationWithAnUnknownFieldIsRefused() {
        String kustomization = """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources: [deployment.yaml]
                imagez:
                  - name: example/probe
                    newTag: "1.1"
                """;
        assertEquals(List.of("Kustomization: unknown field or wrong type at .imagez"), schema.kustomizationViolations(kustomization));
        assertEquals(List.of(), schema.kustomizationViolations(kustomization.replace("imagez", "images")));
    }

    private static Map<String, Object> yaml(String text) {
        return new Yaml().load(text);
    }
}
