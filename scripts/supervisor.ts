/**
 * Keeps child processes running: a child that stops unexpectedly is restarted after a backoff
 * (1 s, 2 s, 4 s … up to 30 s; back to 1 s after a minute of running), while the others keep
 * running. The pid of each child is written to `<runDir>/<name>.pid` for tools and tests.
 * Used by `npm start` (scripts/start.ts) and by the fault test.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

export interface ServiceSpec {
  name: string
  command: string
  args: string[]
  env: NodeJS.ProcessEnv
  cwd: string
}

export interface SupervisorOptions {
  /** where pid files go (created) */
  runDir: string
  /** lines of output, prefixed by the caller */
  onLine?: (name: string, line: string) => void
  onEvent?: (message: string) => void
  minBackoffMs?: number
  maxBackoffMs?: number
  /** a run this long resets the backoff */
  healthyAfterMs?: number
}

interface Service {
  spec: ServiceSpec
  child: ChildProcess | null
  backoffMs: number
  startedAt: number
  restarts: number
  timer: NodeJS.Timeout | null
}

export class Supervisor {
  private readonly services = new Map<string, Service>()
  private stopping = false

  constructor(private readonly options: SupervisorOptions) {
    fs.mkdirSync(options.runDir, { recursive: true })
  }

  get minBackoff() {
    return this.options.minBackoffMs ?? 1000
  }

  start(spec: ServiceSpec): void {
    const service: Service = {
      spec,
      child: null,
      backoffMs: this.minBackoff,
      startedAt: 0,
      restarts: 0,
      timer: null,
    }
    this.services.set(spec.name, service)
    this.spawn(service)
  }

  /** Pid of a running child, or null. */
  pid(name: string): number | null {
    return this.services.get(name)?.child?.pid ?? null
  }

  restarts(name: string): number {
    return this.services.get(name)?.restarts ?? 0
  }

  private pidFile(name: string) {
    return path.join(this.options.runDir, `${name}.pid`)
  }

  private event(message: string) {
    this.options.onEvent?.(message)
  }

  private spawn(service: Service) {
    const { spec } = service
    const child = spawn(spec.command, spec.args, {
      cwd: spec.cwd,
      env: spec.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    service.child = child
    service.startedAt = Date.now()
    if (child.pid) fs.writeFileSync(this.pidFile(spec.name), String(child.pid))
    for (const stream of [child.stdout, child.stderr]) {
      let rest = ''
      stream?.on('data', (chunk: Buffer) => {
        const lines = (rest + chunk.toString()).split('\n')
        rest = lines.pop() ?? ''
        for (const line of lines) this.options.onLine?.(spec.name, line)
      })
    }
    child.on('error', (error) => this.event(`${spec.name} kon niet starten: ${error.message}`))
    child.on('exit', (code, signal) => {
      service.child = null
      fs.rmSync(this.pidFile(spec.name), { force: true })
      if (this.stopping) return
      const ranMs = Date.now() - service.startedAt
      if (ranMs >= (this.options.healthyAfterMs ?? 60_000)) service.backoffMs = this.minBackoff
      const wait = service.backoffMs
      service.backoffMs = Math.min(service.backoffMs * 2, this.options.maxBackoffMs ?? 30_000)
      service.restarts++
      this.event(
        `${spec.name} stopte onverwacht (${signal ?? `code ${code}`}); opnieuw starten over ${Math.round(wait / 100) / 10} s`,
      )
      service.timer = setTimeout(() => {
        service.timer = null
        if (!this.stopping) this.spawn(service)
      }, wait)
    })
  }

  /** Stops every child (SIGTERM, then SIGKILL after `graceMs`); resolves when all have exited. */
  async stop(graceMs = 8000): Promise<void> {
    this.stopping = true
    const running: ChildProcess[] = []
    for (const service of this.services.values()) {
      if (service.timer) clearTimeout(service.timer)
      if (service.child && service.child.exitCode === null) running.push(service.child)
    }
    for (const child of running) child.kill('SIGTERM')
    const exited = Promise.all(
      running.map(
        (child) =>
          new Promise<void>((resolve) =>
            child.exitCode !== null || child.signalCode !== null
              ? resolve()
              : child.once('exit', () => resolve()),
          ),
      ),
    )
    const timer = setTimeout(() => {
      for (const child of running) if (child.exitCode === null) child.kill('SIGKILL')
    }, graceMs)
    await exited
    clearTimeout(timer)
  }
}
