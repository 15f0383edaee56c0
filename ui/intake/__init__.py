"""The advisor's intake tab: lookup, vehicle card, customer and vehicle forms, repair orders."""
