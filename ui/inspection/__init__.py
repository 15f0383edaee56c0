"""The walk-around inspection: the car outline the damage marks are placed on."""
