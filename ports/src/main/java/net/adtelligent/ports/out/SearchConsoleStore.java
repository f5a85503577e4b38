package net.adtelligent.ports.out;

import net.adtelligent.domain.fact.SearchConsoleDaily;

/** The unified facts of organic search (Search Console), one row per day, site and dimensions. */
public interface SearchConsoleStore extends DailyFactStore<SearchConsoleDaily> {
}
