package paperradar.core.store;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import paperradar.core.model.ArxivId;

/**
 * The descriptive fields of a paper that sightings improve over time, each with the rank of the
 * source it came from, and the rules that pick the best known value of each.
 *
 * <p>Every rule is a choice of the least value under a total order (rank first, then the value
 * itself), so the result is the same whatever order the sightings arrive in.
 */
record BestKnownFields(
    @Nullable ArxivId arxivId,
    @Nullable String title,
    int titleAuthority,
    List<String> authors,
    int authorsAuthority,
    @Nullable Integer authorCount,
    @Nullable String organization,
    int organizationAuthority,
    String abstractText,
    boolean abstractComplete,
    int abstractAuthority,
    @Nullable LocalDate published,
    int publishedClass,
    @Nullable Integer latestVersion,
    @Nullable LocalDate versionDate,
    @Nullable String doi,
    @Nullable String pmid,
    @Nullable String s2Id,
    @Nullable String link,
    int linkRank,
    List<String> categories) {

  private static final int NONE = Integer.MAX_VALUE;
  private static final BestKnownFields NOTHING =
      new BestKnownFields(
          null, null, NONE, List.of(), NONE, null, null, NONE, "", true, NONE, null, NONE, null,
          null, null, null, null, null, NONE, List.of());

  static BestKnownFields of(PaperSighting sighting) {
    return NOTHING.mergedWith(sighting);
  }

  /**
   * The best of these fields and a sighting's. Title, authors, organization: the most authoritative
   * source that has one (author names beat a count; more names beat fewer from the same source).
   * Abstract: a complete one beats a cut one, then authority, then the longer. {@code published}:
   * the earliest date of the most credible class (arXiv's own date, then an announcement, then a
   * listing's date). Version: the highest, dated by the earliest announcement of it. DOI, PMID, S2
   * id: the first in text order. Link: a Hugging Face paper page, else the most authoritative
   * source's. Categories: the union of every sighting's, in text order (a cross-list adds one).
   */
  BestKnownFields mergedWith(PaperSighting sighting) {
    int authority = sighting.authority().rank();
    ArxivId id = arxivId != null ? arxivId : sighting.arxivId();

    boolean titleWins =
        title == null
            || authority < titleAuthority
            || (authority == titleAuthority && TITLES.compare(sighting.title(), title) < 0);
    boolean authorsWin =
        !sighting.authors().isEmpty()
            && (authors.isEmpty()
                || authority < authorsAuthority
                || (authority == authorsAuthority
                    && (sighting.authors().size() > authors.size()
                        || (sighting.authors().size() == authors.size()
                            && String.join("\n", sighting.authors())
                                    .compareTo(String.join("\n", authors))
                                < 0))));
    List<String> mergedAuthors = authorsWin ? sighting.authors() : authors;
    Integer count = mergedAuthors.isEmpty() ? max(authorCount, sighting.authorCount()) : null;
    boolean orgWins =
        sighting.organization() != null
            && better(authority, sighting.organization(), organizationAuthority, organization);
    boolean abstractWins =
        !sighting.abstractText().isEmpty()
            && (abstractText.isEmpty()
                || ABSTRACTS.compare(
                        new Abstract(
                            sighting.abstractText(), sighting.abstractComplete(), authority),
                        new Abstract(abstractText, abstractComplete, abstractAuthority))
                    < 0);
    int dateClass = sighting.dateClass().rank();
    boolean dateWins =
        sighting.published() != null
            && (published == null
                || dateClass < publishedClass
                || (dateClass == publishedClass && sighting.published().isBefore(published)));
    int linkRankOfSighting = sighting.url() == null ? NONE : linkRank(sighting.url(), authority);
    boolean linkWins =
        sighting.url() != null && better(linkRankOfSighting, sighting.url(), linkRank, link);

    Integer version = latestVersion;
    LocalDate dateOfVersion = versionDate;
    if (sighting.version() != null) {
      if (latestVersion == null || sighting.version() > latestVersion) {
        version = sighting.version();
        dateOfVersion = sighting.versionDate();
      } else if (sighting.version().equals(latestVersion)) {
        dateOfVersion = earliest(versionDate, sighting.versionDate());
      }
    }
    return new BestKnownFields(
        id,
        titleWins ? sighting.title() : title,
        titleWins ? authority : titleAuthority,
        mergedAuthors,
        authorsWin ? authority : authorsAuthority,
        count,
        orgWins ? sighting.organization() : organization,
        orgWins ? authority : organizationAuthority,
        abstractWins ? sighting.abstractText() : abstractText,
        abstractWins ? sighting.abstractComplete() : abstractComplete,
        abstractWins ? authority : abstractAuthority,
        dateWins ? sighting.published() : published,
        dateWins ? dateClass : publishedClass,
        version,
        dateOfVersion,
        least(doi, sighting.doi()),
        least(pmid, sighting.pmid()),
        least(s2Id, sighting.s2Id()),
        linkWins ? sighting.url() : link,
        linkWins ? linkRankOfSighting : linkRank,
        union(categories, sighting.categories()));
  }

  private static List<String> union(List<String> known, List<String> seen) {
    if (known.containsAll(seen)) {
      return known;
    }
    TreeSet<String> all = new TreeSet<>(known);
    all.addAll(seen);
    return List.copyOf(all);
  }

  /**
   * Between titles from equally trusted sources: one in its own casing beats one in capitals, one
   * without a trailing full stop or exclamation beats one with it, then text order.
   */
  private static final Comparator<String> TITLES =
      Comparator.comparing((String t) -> t.equals(t.toUpperCase(java.util.Locale.ROOT)))
          .thenComparing(t -> t.endsWith(".") || t.endsWith("!"))
          .thenComparing(Comparator.naturalOrder());

  private record Abstract(String text, boolean complete, int authority) {}

  private static final Comparator<Abstract> ABSTRACTS =
      Comparator.comparing((Abstract a) -> !a.complete())
          .thenComparingInt(Abstract::authority)
          .thenComparing(a -> -a.text().length())
          .thenComparing(Abstract::text);

  /**
   * A Hugging Face paper page is the best link after arXiv's own; then by the source's authority.
   */
  private static int linkRank(String url, int authority) {
    return url.startsWith("https://huggingface.co/papers/") ? 0 : 1 + authority;
  }

  private static boolean better(int rank, String value, int currentRank, @Nullable String current) {
    return current == null
        || rank < currentRank
        || (rank == currentRank && value.compareTo(current) < 0);
  }

  private static @Nullable Integer max(@Nullable Integer a, @Nullable Integer b) {
    return a == null ? b : b == null ? a : Integer.valueOf(Math.max(a, b));
  }

  private static @Nullable String least(@Nullable String a, @Nullable String b) {
    return a == null ? b : b == null ? a : a.compareTo(b) <= 0 ? a : b;
  }

  private static @Nullable LocalDate earliest(@Nullable LocalDate a, @Nullable LocalDate b) {
    return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
  }
}
