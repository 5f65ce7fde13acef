package io.corroborate.claims;

import java.util.List;

/** The short quotes the test data takes, verbatim, from the seed article (kept outside the repository; SeedArticleTest checks them where it is present). */
public final class ArticleQuotes {

    public static final String TITLE = "Russia, North Korea Boost Their Cooperation Amid Tough Ukrainian Resistance";
    public static final String COMPENSATION_REFUSED =
            "refused Russia’s offer of financial compensation for the medical care, food, and other expenses";
    public static final String HUNDREDS_OF_SOLDIERS = "hundreds of Russian soldiers";

    public static final List<String> ALL = List.of(TITLE, COMPENSATION_REFUSED, HUNDREDS_OF_SOLDIERS);

    private ArticleQuotes() {
    }
}
