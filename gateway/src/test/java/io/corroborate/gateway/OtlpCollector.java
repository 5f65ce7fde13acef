package io.corroborate.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;

/**
 * A real OTLP/HTTP trace receiver (protobuf, as a collector accepts it on port 4318) that keeps every span the
 * gateway and both services export during the tests, so that a test can follow one request across them.
 */
final class OtlpCollector {

    /** One exported span, with the service that exported it and its attributes as strings. */
    record ExportedSpan(String service, String traceId, String spanId, String parentSpanId, String name, Span.SpanKind kind,
            Map<String, String> attributes) {
    }

    private static OtlpCollector shared;

    private final HttpServer server;
    private final List<ExportedSpan> spans = new CopyOnWriteArrayList<>();

    private OtlpCollector() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/traces", this::receive);
        server.start();
    }

    static synchronized OtlpCollector shared() {
        if (shared == null) {
            try {
                shared = new OtlpCollector();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    /** The configuration that makes a Quarkus application export its spans here, quickly. */
    Map<String, String> exporterConfig() {
        return Map.of(
                "quarkus.otel.sdk.disabled", "false",
                "quarkus.otel.exporter.otlp.endpoint", "http://127.0.0.1:" + server.getAddress().getPort(),
                "quarkus.otel.exporter.otlp.protocol", "http/protobuf",
                "quarkus.otel.bsp.schedule.delay", "200ms");
    }

    /** Every span received so far that belongs to this trace. */
    List<ExportedSpan> trace(String traceId) {
        return spans.stream().filter(span -> span.traceId().equals(traceId)).toList();
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            InputStream body = exchange.getRequestBody();
            if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                body = new GZIPInputStream(body);
            }
            for (ResourceSpans resourceSpans : ExportTraceServiceRequest.parseFrom(body).getResourceSpansList()) {
                String service = attributes(resourceSpans.getResource().getAttributesList()).get("service.name");
                for (ScopeSpans scopeSpans : resourceSpans.getScopeSpansList()) {
                    for (Span span : scopeSpans.getSpansList()) {
                        spans.add(new ExportedSpan(service, hex(span.getTraceId().toByteArray()),
                                hex(span.getSpanId().toByteArray()), hex(span.getParentSpanId().toByteArray()), span.getName(),
                                span.getKind(), attributes(span.getAttributesList())));
                    }
                }
            }
            byte[] response = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
            exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, response.length == 0 ? -1 : response.length);
            exchange.getResponseBody().write(response);
        }
    }

    private static Map<String, String> attributes(List<KeyValue> attributes) {
        return attributes.stream().collect(Collectors.toMap(KeyValue::getKey, attribute -> {
            var value = attribute.getValue();
            return switch (value.getValueCase()) {
                case STRING_VALUE -> value.getStringValue();
                case INT_VALUE -> Long.toString(value.getIntValue());
                case BOOL_VALUE -> Boolean.toString(value.getBoolValue());
                case DOUBLE_VALUE -> Double.toString(value.getDoubleValue());
                default -> value.toString();
            };
        }, (first, second) -> second));
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
