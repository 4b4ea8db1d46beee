import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** One entry of the task list: a page of a long form or the check. */
export interface Task { title: string; to: string; status: 'done' | 'open' | 'errors' }

const BADGE = { done: 'kern-badge--success', open: 'kern-badge--info', errors: 'kern-badge--danger' } as const;

/** The KERN task list of a long application: each page with its status in words. */
export function TaskList({ tasks }: { tasks: Task[] }) {
  const { t } = useTranslation('apply');
  return (
    <div className="kern-task-list">
      <h2 className="kern-heading-medium">{t('apply.taskList', { count: tasks.length })}</h2>
      <ol className="kern-task-list__list">
        {tasks.map((task, i) => (
          <li className="kern-task-list__item" key={task.to}>
            <span className="kern-task-list__title">
              <Link className="kern-link kern-link--stretched" to={task.to} aria-describedby={`task-status-${i}`}>{task.title}</Link>
            </span>
            <span className="kern-task-list__status" id={`task-status-${i}`}>
              <span className={`kern-badge ${BADGE[task.status]}`}><span className="kern-label kern-label--small">{t(`apply.status.${task.status}`)}</span></span>
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
