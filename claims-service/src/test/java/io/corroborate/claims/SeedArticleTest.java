package io.corroborate.claims;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The test data is drawn from ../shared/data/seed-article.txt: every quote and excerpt it uses must occur there
 * verbatim. The project carries only these short quotes, never the article itself.
 */
class SeedArticleTest {

    @Test
    void everyQuoteInTheTestDataOccursVerbatimInTheSeedArticle() throws Exception {
        Path article = Path.of(System.getProperty("corroborate.shared.dir", "../../shared"), "data", "seed-article.txt");
        String text = Files.readString(article);
        for (String quote : ArticleQuotes.ALL) {
            assertTrue(text.contains(quote), () -> "not in the seed article: " + quote);
        }
    }
}
