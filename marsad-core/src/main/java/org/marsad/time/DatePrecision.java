package org.marsad.time;

/** How much of a date the text fixes: {@code 2024-06-19}, {@code 2023-09} or {@code 2022}. */
public enum DatePrecision { DAY, MONTH, YEAR }
