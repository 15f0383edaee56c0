"""The warranty claims tab (索赔): the claims list, the claim form with its eligibility, decisions."""
