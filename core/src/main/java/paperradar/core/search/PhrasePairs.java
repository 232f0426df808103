package paperradar.core.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Rewrites an exact two-word phrase over the combined field into one term of the pairs field: the
 * same papers match (the pairs are the field's adjacent words, analyzed alike), without reading
 * positions.
 */
final class PhrasePairs {

  private PhrasePairs() {}

  static Query rewrite(Query query) {
    return switch (query) {
      case PhraseQuery phrase when isPair(phrase) ->
          new TermQuery(
              new Term(
                  PaperFields.PAIRS,
                  phrase.getTerms()[0].text() + " " + phrase.getTerms()[1].text()));
      case BoostQuery boost -> new BoostQuery(rewrite(boost.getQuery()), boost.getBoost());
      case BooleanQuery bool -> {
        BooleanQuery.Builder copy =
            new BooleanQuery.Builder()
                .setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
        for (BooleanClause clause : bool.clauses()) {
          copy.add(rewrite(clause.query()), clause.occur());
        }
        yield copy.build();
      }
      default -> query;
    };
  }

  private static boolean isPair(PhraseQuery phrase) {
    int[] positions = phrase.getPositions();
    return phrase.getField().equals(PaperFields.TEXT)
        && phrase.getSlop() == 0
        && phrase.getTerms().length == 2
        && positions[1] - positions[0] == 1;
  }
}
