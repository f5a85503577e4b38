package net.adtelligent.ports.out;

import java.util.List;
import net.adtelligent.domain.fact.ConversionSetting;

/** The conversion settings the data contracts define, with their defaults. */
public interface ConversionCatalog {

    List<ConversionSetting> settings();
}
