package paperradar.core.digest;

/**
 * Why a paper a channel was shown comes back in "Since you saw them". Each kind comes back once per
 * channel and paper.
 */
public enum FollowUpKind {
  /** arXiv announced a newer version than the one the channel saw. */
  VERSION,
  /** Its momentum tripled since the channel saw it, or it entered the week's top 10. */
  MOMENTUM,
  /** A code repository appeared for it after the channel saw it. */
  CODE
}
