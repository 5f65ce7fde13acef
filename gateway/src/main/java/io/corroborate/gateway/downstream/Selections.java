package io.corroborate.gateway.downstream;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * The GraphQL selection set that asks a service for every component of one of the gateway's records, nested records
 * and lists of them included. Derived once per type and kept: the records are the contract with the services.
 */
final class Selections {

    private static final Map<Class<?>, String> BY_TYPE = new ConcurrentHashMap<>();

    private Selections() {
    }

    static String of(Class<?> record) {
        String selection = BY_TYPE.get(record);
        if (selection == null) {
            selection = build(record);
            BY_TYPE.putIfAbsent(record, selection);
        }
        return selection;
    }

    private static String build(Class<?> record) {
        if (!record.isRecord()) {
            throw new IllegalArgumentException(record + " is not a record");
        }
        StringJoiner fields = new StringJoiner(" ", "{ ", " }");
        for (RecordComponent component : record.getRecordComponents()) {
            Class<?> element = elementType(component.getGenericType());
            // A component may carry another name than the service's field (@JsonbProperty): JSON-B reads it by that.
            // (JsonbProperty cannot target a record component, so Java puts it on the accessor, among others.)
            JsonbProperty property = component.getAccessor().getAnnotation(JsonbProperty.class);
            String name = property == null ? component.getName() : property.value();
            fields.add(element.isRecord() ? name + " " + of(element) : name);
        }
        return fields.toString();
    }

    /** The type itself, or what a list holds (lists of lists included). */
    private static Class<?> elementType(Type type) {
        if (type instanceof ParameterizedType list) {
            return elementType(list.getActualTypeArguments()[0]);
        }
        return (Class<?>) type;
    }
}
