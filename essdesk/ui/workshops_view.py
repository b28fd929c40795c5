from PySide6.QtWidgets import QWidget


class WorkshopsView(QWidget):
    def set_context(self, ctx):
        self.ctx = ctx

    def refresh(self, changes):
        pass

    def leave(self):
        pass
