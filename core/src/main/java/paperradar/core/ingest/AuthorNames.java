package paperradar.core.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits an author line as arXiv writes it: {@code "A. One (Univ X, Dept Y), B. Two and C. Three"}.
 * Names are split at top-level commas, semicolons and {@code " and "} only, never inside
 * parentheses; an affiliation in parentheses is taken off the name and kept apart. TeX accents
 * become Unicode first, so {@code Zar\'and} is one name, not {@code Zar\'} and a split.
 */
public final class AuthorNames {

  /** The names in order and the distinct affiliations met, in order. */
  public record Split(List<String> names, List<String> affiliations) {

    public Split {
      names = List.copyOf(names);
      affiliations = List.copyOf(affiliations);
    }
  }

  private AuthorNames() {}

  public static Split split(String line) {
    List<String> names = new ArrayList<>();
    Set<String> affiliations = new LinkedHashSet<>();
    if (line == null || line.isBlank()) {
      return new Split(names, List.copyOf(affiliations));
    }
    String text = HtmlText.fold(TexText.toUnicode(line));
    StringBuilder name = new StringBuilder();
    StringBuilder affiliation = new StringBuilder();
    int depth = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '(' || c == '[') {
        if (depth > 0) {
          affiliation.append(c);
        }
        depth++;
      } else if ((c == ')' || c == ']') && depth > 0) {
        depth--;
        if (depth == 0) {
          addAffiliation(affiliations, affiliation);
        } else {
          affiliation.append(c);
        }
      } else if (depth > 0) {
        affiliation.append(c);
      } else if (c == ',' || c == ';') {
        addName(names, name);
      } else if (startsAnd(text, i)) {
        addName(names, name);
        i += 4;
        continue;
      } else {
        name.append(c);
      }
      i++;
    }
    addAffiliation(affiliations, affiliation);
    addName(names, name);
    return new Split(names, List.copyOf(affiliations));
  }

  /** Only the names. */
  public static List<String> names(String line) {
    return split(line).names();
  }

  private static boolean startsAnd(String text, int i) {
    return text.startsWith(" and ", i);
  }

  private static void addName(List<String> names, StringBuilder name) {
    String value = HtmlText.fold(name.toString());
    if (!value.isEmpty()) {
      names.add(value);
    }
    name.setLength(0);
  }

  private static void addAffiliation(Set<String> affiliations, StringBuilder affiliation) {
    String value = HtmlText.fold(affiliation.toString());
    if (!value.isEmpty()) {
      affiliations.add(value);
    }
    affiliation.setLength(0);
  }
}
