package fr.paris.teleservices.portal.dossier;

import java.time.LocalDate;

/**
 * Fired, inside the transaction of the change, each time a request changes state. Observers that
 * must act in the same transaction (the reminders' outbox) observe it synchronously.
 */
public record DossierChanged(
    long dossierId,
    String number,
    String procedureId,
    String usagerId,
    DossierState from,
    DossierState to,
    LocalDate receivedOn,
    LocalDate completeBy) {}
