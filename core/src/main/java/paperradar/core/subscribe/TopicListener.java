package paperradar.core.subscribe;

/** Told when a channel subscribes or unsubscribes, so that matching follows at once. */
public interface TopicListener {

  void subscribed(Topic topic);

  void unsubscribed(Topic topic);
}
