package io.corroborate.gateway.downstream;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A selection set to send to a service: field names, with arguments where the client gave them, and their own
 * selections. Built from what the client selected ({@link Selections}); merging two is their union, so that one call
 * can serve several fields of a request and each still finds its own.
 */
public final class DownstreamSelection {

    private final Map<String, DownstreamSelection> fields = new LinkedHashMap<>();

    DownstreamSelection() {
    }

    /** Parses the little form join keys are written in: {@code "sourceId"}, {@code "attribution { sourceId }"}. */
    public static DownstreamSelection parse(String text) {
        DownstreamSelection root = new DownstreamSelection();
        String[] tokens = text.replace("{", " { ").replace("}", " } ").trim().split("\\s+");
        int end = root.read(tokens, 0);
        if (end != tokens.length) {
            throw new IllegalArgumentException("Unbalanced selection: " + text);
        }
        return root;
    }

    private int read(String[] tokens, int start) {
        int i = start;
        String last = null;
        while (i < tokens.length && !tokens[i].equals("}")) {
            if (tokens[i].equals("{")) {
                i = field(last).read(tokens, i + 1) + 1;
            } else {
                last = tokens[i];
                field(last);
                i++;
            }
        }
        return i;
    }

    /** This selection with the given keys added (the gateway joins on them). */
    public DownstreamSelection with(String keys) {
        DownstreamSelection copy = new DownstreamSelection();
        copy.merge(this);
        copy.merge(parse(keys));
        return copy;
    }

    /** The selection of one field, made when first asked for. */
    DownstreamSelection field(String nameWithArguments) {
        return fields.computeIfAbsent(nameWithArguments, name -> new DownstreamSelection());
    }

    void merge(DownstreamSelection other) {
        other.fields.forEach((name, selection) -> field(name).merge(selection));
    }

    boolean isEmpty() {
        return fields.isEmpty();
    }

    /** As GraphQL: {@code { a b { c } }}; an empty selection asks only for the type name, which every type has. */
    public String render() {
        if (fields.isEmpty()) {
            return "{ __typename }";
        }
        StringJoiner text = new StringJoiner(" ", "{ ", " }");
        fields.forEach((name, selection) -> text.add(selection.isEmpty() ? name : name + " " + selection.render()));
        return text.toString();
    }

    @Override
    public String toString() {
        return render();
    }
}
