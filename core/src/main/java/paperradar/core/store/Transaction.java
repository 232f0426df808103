package paperradar.core.store;

import java.sql.Connection;

/**
 * A store transaction handed to work that must commit with it (topic matches with the move of the
 * matching cursor); only the {@code Jdbc…} stores look inside.
 */
public final class Transaction {

  private final Connection connection;

  Transaction(Connection connection) {
    this.connection = connection;
  }

  /** The transaction's connection: for the {@code Jdbc…} stores only. */
  public Connection connection() {
    return connection;
  }
}
