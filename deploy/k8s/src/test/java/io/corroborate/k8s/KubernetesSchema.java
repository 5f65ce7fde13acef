package io.corroborate.k8s;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.kustomize.v1beta1.Kustomization;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/**
 * Checks objects against the Kubernetes API schema as fabric8's typed models carry it (every built-in kind, and
 * Kustomization; fabric8 7.5, as the Quarkus BOM brings it). The models keep whatever they do not know in {@code additionalProperties}
 * instead of failing, so this walks every typed value and reports what landed there: a misspelt field, a field at the
 * wrong level, or a value of the wrong type. An apiVersion and kind the schema does not know is reported too.
 */
final class KubernetesSchema {

    private final KubernetesSerialization serialization = new KubernetesSerialization();

    /** What the API server would refuse in this object; empty when it conforms. */
    List<String> violations(Map<String, Object> object) {
        String what = object.get("kind") + " " + name(object);
        KubernetesResource typed;
        try {
            typed = serialization.unmarshal(serialization.asJson(object), KubernetesResource.class);
        } catch (RuntimeException e) {
            return List.of(what + ": " + e.getMessage());
        }
        if (typed instanceof GenericKubernetesResource) {
            return List.of(what + ": " + object.get("apiVersion") + " " + object.get("kind") + " is not a Kubernetes kind");
        }
        return unknownFields(what, typed);
    }

    /** What kustomize would not understand in a kustomization.yaml. */
    List<String> kustomizationViolations(String yaml) {
        return unknownFields("Kustomization", serialization.unmarshal(yaml, Kustomization.class));
    }

    private static List<String> unknownFields(String what, Object typed) {
        List<String> paths = new ArrayList<>();
        collectUnknown(typed, "", paths);
        return paths.stream().map(path -> what + ": unknown field or wrong type at " + path).toList();
    }

    private static void collectUnknown(Object value, String path, List<String> found) {
        if (value instanceof List<?> items) {
            for (int i = 0; i < items.size(); i++) {
                collectUnknown(items.get(i), path + "[" + i + "]", found);
            }
        } else if (value instanceof Map<?, ?> entries) {
            entries.forEach((key, entry) -> collectUnknown(entry, path + "." + key, found));
        } else if (value != null && value.getClass().getPackageName().startsWith("io.fabric8.kubernetes.api.model")) {
            for (Class<?> type = value.getClass(); type != Object.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers())) {
                        continue;
                    }
                    Object fieldValue = read(field, value);
                    if (field.getName().equals("additionalProperties") && fieldValue instanceof Map<?, ?> unknown) {
                        unknown.keySet().forEach(key -> found.add(path + "." + key));
                    } else if (field.isAnnotationPresent(JsonProperty.class)) {
                        collectUnknown(fieldValue, path + "." + field.getAnnotation(JsonProperty.class).value(), found);
                    }
                }
            }
        }
    }

    private static Object read(Field field, Object owner) {
        try {
            field.setAccessible(true);
            return field.get(owner);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object name(Map<String, Object> object) {
        return object.get("metadata") instanceof Map<?, ?> metadata ? metadata.get("name") : null;
    }
}
