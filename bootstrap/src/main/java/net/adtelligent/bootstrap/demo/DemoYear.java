package net.adtelligent.bootstrap.demo;

import java.util.ArrayList;
import java.util.List;
import net.adtelligent.domain.fact.AdPerformanceDaily;
import net.adtelligent.domain.fact.DailyFact;
import net.adtelligent.domain.fact.SearchConsoleDaily;
import net.adtelligent.domain.fact.WebAnalyticsDaily;

/** A generated year of the demo tenant's facts, each kind in day order. */
public record DemoYear(List<AdPerformanceDaily> ads, List<WebAnalyticsDaily> web, List<SearchConsoleDaily> search) {

    public DemoYear {
        ads = List.copyOf(ads);
        web = List.copyOf(web);
        search = List.copyOf(search);
    }

    /** Every row, for one ingest. */
    public List<DailyFact<?>> all() {
        List<DailyFact<?>> all = new ArrayList<>(ads.size() + web.size() + search.size());
        all.addAll(ads);
        all.addAll(web);
        all.addAll(search);
        return all;
    }
}
