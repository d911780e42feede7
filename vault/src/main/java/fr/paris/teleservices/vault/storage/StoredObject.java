package fr.paris.teleservices.vault.storage;

import java.time.Instant;

/** One object as listed by the store. */
public record StoredObject(String key, long size, Instant lastModified) {}
