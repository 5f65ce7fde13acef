package io.corroborate.sources.rating.service;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.corroborate.sources.common.Timestamps;
import io.corroborate.sources.common.error.ApiException;
import io.corroborate.sources.common.input.Inputs;
import io.corroborate.sources.rating.RateSourceInput;
import io.corroborate.sources.rating.Rating;
import io.corroborate.sources.rating.repository.RatingRepository;
import io.corroborate.sources.source.Source;
import io.corroborate.sources.source.service.SourceService;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class RatingService {

    private final RatingRepository repository;
    private final SourceService sources;

    public RatingService(RatingRepository repository, SourceService sources) {
        this.repository = repository;
        this.sources = sources;
    }

    @WithTransaction
    public Uni<Source> rate(String editor, RateSourceInput input) {
        Rating rating = new Rating();
        rating.id = UUID.randomUUID();
        rating.sourceId = Inputs.id("input.sourceId", input.sourceId());
        rating.grade = Inputs.required("input.grade", input.grade());
        rating.rationale = Inputs.text("input.rationale", input.rationale(), 4000);
        rating.topic = topic("input.topic", input.topic());
        rating.assessedBy = editor;
        rating.assessedAt = Timestamps.now();
        return sources.live(rating.sourceId).call(() -> repository.persist(rating));
    }

    /** Every rating of each source, oldest first. */
    @WithSession
    public Uni<Map<UUID, List<Rating>>> history(List<UUID> sourceIds) {
        return repository.ofSources(sourceIds).map(all -> all.stream().collect(Collectors.groupingBy(r -> r.sourceId)));
    }

    /** A topic scope: lower case, words joined by hyphens, as claim topics are. */
    public static String topic(String field, String value) {
        String topic = Inputs.optionalText(field, value, 50);
        if (topic == null) {
            return null;
        }
        String normalized = topic.toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
        if (!normalized.matches("[a-z0-9-]{1,50}")) {
            throw ApiException.validation(field, "a topic is 1 to 50 letters, digits or hyphens");
        }
        return normalized;
    }
}
