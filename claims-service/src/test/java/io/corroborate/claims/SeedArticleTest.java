package io.corroborate.claims;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The test data is drawn from the seed article (shared/data/seed-article.txt, kept outside the repository): every
 * quote and excerpt it uses must occur there verbatim. The project carries only these short quotes, never the article
 * itself, so on a clone without the shared folder beside it this check is skipped and says why.
 */
class SeedArticleTest {

    @Test
    void everyQuoteInTheTestDataOccursVerbatimInTheSeedArticle() throws Exception {
        Path article = Path.of(System.getProperty("corroborate.shared.dir", "../../shared"), "data", "seed-article.txt");
        assumeTrue(Files.isReadable(article), () -> "Skipped: the seed article is not at " + article.toAbsolutePath().normalize()
                + " (set -Dcorroborate.shared.dir to the shared folder to run this check)");
        String text = Files.readString(article);
        for (String quote : ArticleQuotes.ALL) {
            assertTrue(text.contains(quote), () -> "not in the seed article: " + quote);
        }
    }
}
