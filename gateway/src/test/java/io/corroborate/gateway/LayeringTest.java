package io.corroborate.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * One direction of dependency: {@code downstream/} is the transport to the services (guards, counting, the GraphQL
 * client, selections) and knows no feature; each feature (claim, source, article, corroboration) keeps its own
 * client and records and depends on it. {@code common/} depends on no feature either.
 */
class LayeringTest {

    private static final Path SOURCES = Path.of("src", "main", "java", "io", "corroborate", "gateway");

    @Test
    void theTransportAndTheCommonPiecesImportNoFeature() throws IOException {
        for (String layer : List.of("downstream", "common")) {
            try (Stream<Path> files = Files.walk(SOURCES.resolve(layer))) {
                List<String> offending = files.filter(file -> file.toString().endsWith(".java"))
                        .flatMap(LayeringTest::imports)
                        .filter(line -> line.startsWith("import io.corroborate.gateway.")
                                && !line.startsWith("import io.corroborate.gateway.downstream.")
                                && !line.startsWith("import io.corroborate.gateway.common."))
                        .toList();
                assertEquals(List.of(), offending, layer + " must not depend on a feature package");
            }
        }
    }

    private static Stream<String> imports(Path file) {
        try {
            return Files.readAllLines(file).stream().map(String::strip).filter(line -> line.startsWith("import "));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
