package io.corroborate.claims.intake.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.corroborate.claims.intake.engine.AttributionFinder;
import io.corroborate.claims.intake.engine.AttributionTagger;
import io.corroborate.claims.intake.engine.ProposedAttribution;
import io.quarkus.runtime.Startup;

/**
 * The engine the intake reads articles with: the rules, joined by the learned tagger when {@code INTAKE_MODEL} names
 * a model that deploy/bench/intake-train.sh wrote. Created at start ({@code @Startup}), so the model is read once,
 * before any request, and a missing or broken model stops the service instead of failing its first intake.
 */
@Startup
@ApplicationScoped
public class IntakeEngine {

    private static final Logger LOG = Logger.getLogger(IntakeEngine.class);

    private final Function<String, List<ProposedAttribution>> reader;

    public IntakeEngine(@ConfigProperty(name = "corroborate.intake.model") Optional<Path> model) {
        this.reader = model.map(IntakeEngine::tagger).orElseGet(() -> new AttributionFinder()::find);
    }

    /** The article's attributions, each with its confidence: the rules' own, or, with a model, the ranker's. */
    public List<ProposedAttribution> read(String text) {
        return reader.apply(text);
    }

    private static Function<String, List<ProposedAttribution>> tagger(Path model) {
        try (InputStream in = Files.newInputStream(model)) {
            AttributionTagger tagger = AttributionTagger.read(in);
            LOG.infof("Article intake reads with the rules and the learned tagger of %s", model);
            return tagger::find;
        } catch (IOException e) {
            throw new UncheckedIOException("INTAKE_MODEL " + model + " cannot be read as an attribution tagger model", e);
        }
    }
}
