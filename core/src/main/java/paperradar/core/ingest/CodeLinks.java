package paperradar.core.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A paper's code repository, as listings give it: Hugging Face's {@code githubRepo}, or the first
 * GitHub repository URL in an arXiv comment ("Code: https://github.com/owner/repo"). Only GitHub
 * repositories count: a comment's other URLs are project pages, slides or data.
 */
public final class CodeLinks {

  private static final Pattern GITHUB_REPO =
      Pattern.compile(
          "(?i)(?:https?://)?(?:www\\.)?github\\.com/([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))/([A-Za-z0-9._-]{1,100})");

  private CodeLinks() {}

  /** {@code https://github.com/owner/repo} for the first GitHub repository in the text, if any. */
  public static Optional<String> github(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    Matcher repo = GITHUB_REPO.matcher(text);
    while (repo.find()) {
      String owner = repo.group(1);
      String name = repo.group(2).replaceAll("(?i)\\.git$", "").replaceAll("[.]+$", "");
      if (!name.isEmpty() && !isGithubPage(owner)) {
        return Optional.of("https://github.com/" + owner + "/" + name);
      }
    }
    return Optional.empty();
  }

  /** github.com/features/…, /orgs/…: pages of GitHub itself, not a repository. */
  private static boolean isGithubPage(String owner) {
    return switch (owner.toLowerCase(Locale.ROOT)) {
      case "features", "orgs", "topics", "sponsors", "marketplace", "settings", "about" -> true;
      default -> false;
    };
  }
}
