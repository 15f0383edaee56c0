"""The customer-lounge display (`qiantai lounge`): the workshop's cars on a TV, plates masked."""
