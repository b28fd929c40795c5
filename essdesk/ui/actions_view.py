from PySide6.QtWidgets import QWidget


class ActionsView(QWidget):
    def set_context(self, ctx):
        self.ctx = ctx

    def refresh(self, changes):
        pass

    def select(self, ident):
        pass
