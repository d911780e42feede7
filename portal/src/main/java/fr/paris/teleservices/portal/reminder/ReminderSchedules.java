package fr.paris.teleservices.portal.reminder;

import fr.paris.teleservices.notifications.reminder.ReminderSchedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** The reminder schedule of each procedure: the default, or what an administrator set. */
@ApplicationScoped
public class ReminderSchedules {

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  public ReminderSchedule of(String procedureId) {
    List<?> rows =
        em.createNativeQuery("SELECT schedule FROM reminder_schedule WHERE procedure_id = ?1")
            .setParameter(1, procedureId)
            .getResultList();
    return rows.isEmpty() ? ReminderSchedule.DEFAULT : ReminderSchedule.parse((String) rows.get(0));
  }

  @Transactional
  public void set(String procedureId, ReminderSchedule schedule, String adminId) {
    em.createNativeQuery(
            "INSERT INTO reminder_schedule (procedure_id, schedule, updated_at, updated_by) VALUES (?1, ?2, ?3, ?4)"
                + " ON DUPLICATE KEY UPDATE schedule = VALUES(schedule), updated_at = VALUES(updated_at),"
                + " updated_by = VALUES(updated_by)")
        .setParameter(1, procedureId)
        .setParameter(2, schedule.format())
        .setParameter(3, Timestamp.from(Instant.now()))
        .setParameter(4, adminId)
        .executeUpdate();
  }
}
