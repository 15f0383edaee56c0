"""The service board tab: open repair orders by status, moves, delivery and cancellation."""
